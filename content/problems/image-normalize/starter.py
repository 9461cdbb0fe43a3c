import torch


def normalize(img: torch.Tensor, mean: list[float], std: list[float]) -> torch.Tensor:
    """img: (H, W, C) uint8 -> (C, H, W) float32，(img / 255 - mean) / std。"""
    raise NotImplementedError
