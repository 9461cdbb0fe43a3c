import random

import torch


class RandomFlipChannel:
    def __init__(self, p_flip: float = 0.5, channel_order=(0, 1, 2)):
        self.p_flip = p_flip
        self.channel_order = list(channel_order)

    def __call__(self, img: torch.Tensor, flip: bool | None = None) -> torch.Tensor:
        if flip is None:
            flip = random.random() < self.p_flip
        index = torch.tensor(self.channel_order, dtype=torch.long)
        out = img.index_select(0, index)          # always a new tensor
        if flip:
            out = torch.flip(out, dims=[-1])      # mirror along the width axis
        return out
