import torch


class SGD:
    def __init__(self, params, lr: float, momentum: float = 0.0,
                 weight_decay: float = 0.0, nesterov: bool = False):
        raise NotImplementedError

    def step(self) -> None:
        """按 torch.optim.SGD（dampening=0）的规则原地更新参数；grad 为 None 的参数跳过。"""
        raise NotImplementedError

    def zero_grad(self) -> None:
        raise NotImplementedError
