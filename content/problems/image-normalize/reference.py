import torch


def normalize(img: torch.Tensor, mean: list[float], std: list[float]) -> torch.Tensor:
    x = img.permute(2, 0, 1).to(torch.float32) / 255.0          # (C, H, W) in [0, 1]
    m = torch.tensor(mean, dtype=torch.float32).view(-1, 1, 1)
    s = torch.tensor(std, dtype=torch.float32).view(-1, 1, 1)
    return (x - m) / s
