import random

import torch


class RandomFlipChannel:
    def __init__(self, p_flip: float = 0.5, channel_order=(0, 1, 2)):
        self.p_flip = p_flip
        self.channel_order = list(channel_order)

    def __call__(self, img, flip=None):
        if flip is None:
            flip = random.random() < self.p_flip
        out = img[self.channel_order]
        if flip:
            # Mistake: for a (C, H, W) tensor dim 1 is the height, so this is a vertical flip.
            out = torch.flip(out, dims=[1])
        return out
