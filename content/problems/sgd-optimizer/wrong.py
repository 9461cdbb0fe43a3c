import torch


class SGD:
    def __init__(self, params, lr, momentum=0.0, weight_decay=0.0, nesterov=False):
        self.params = list(params)
        self.lr = lr
        self.momentum = momentum
        self.weight_decay = weight_decay
        self.nesterov = nesterov
        self.buffers = [torch.zeros_like(p) for p in self.params]

    @torch.no_grad()
    def step(self):
        for p, buf in zip(self.params, self.buffers):
            if p.grad is None:
                continue
            g = p.grad + self.weight_decay * p
            if self.momentum != 0:
                # Mistake: an exponential moving average (the (1 - momentum) factor belongs
                # to dampening / Adam-style averaging), which shrinks every step by 10x for
                # momentum = 0.9 compared with PyTorch's SGD.
                buf.mul_(self.momentum).add_((1 - self.momentum) * g)
                g = g + self.momentum * buf if self.nesterov else buf
            p.sub_(self.lr * g)

    def zero_grad(self):
        for p in self.params:
            if p.grad is not None:
                p.grad.zero_()
