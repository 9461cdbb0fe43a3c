import torch


class SGD:
    def __init__(self, params, lr: float, momentum: float = 0.0,
                 weight_decay: float = 0.0, nesterov: bool = False):
        if nesterov and momentum <= 0:
            raise ValueError("Nesterov momentum requires momentum > 0")
        self.params = list(params)
        self.lr = lr
        self.momentum = momentum
        self.weight_decay = weight_decay
        self.nesterov = nesterov
        self.buffers: dict[int, torch.Tensor] = {}

    @torch.no_grad()
    def step(self) -> None:
        for i, p in enumerate(self.params):
            if p.grad is None:
                continue
            g = p.grad
            if self.weight_decay != 0:
                g = g + self.weight_decay * p
            if self.momentum != 0:
                buf = self.buffers.get(i)
                if buf is None:
                    buf = g.clone()
                    self.buffers[i] = buf
                else:
                    buf.mul_(self.momentum).add_(g)
                g = g + self.momentum * buf if self.nesterov else buf
            p.sub_(self.lr * g)

    def zero_grad(self) -> None:
        for p in self.params:
            p.grad = None
