import torch


def normalize(img: torch.Tensor, mean: list[float], std: list[float]) -> torch.Tensor:
    h, w, c = img.shape
    # Mistake: reshape keeps the HWC memory order, so this is not a channel-first image --
    # the "channels" are interleaved pixel values. permute(2, 0, 1) is needed.
    x = img.reshape(c, h, w).float() / 255.0
    m = torch.tensor(mean).view(-1, 1, 1)
    s = torch.tensor(std).view(-1, 1, 1)
    return (x - m) / s
