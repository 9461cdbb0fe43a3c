import random

import torch


class RandomFlipChannel:
    def __init__(self, p_flip: float = 0.5, channel_order=(0, 1, 2)):
        raise NotImplementedError

    def __call__(self, img: torch.Tensor, flip: bool | None = None) -> torch.Tensor:
        """img: (C, H, W)。flip 为 True 时沿 W 左右翻转；然后 out[i] = img[channel_order[i]]。"""
        raise NotImplementedError
