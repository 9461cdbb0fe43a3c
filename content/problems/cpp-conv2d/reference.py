import numpy as np
import torch
import torch.nn.functional as F


def conv2d(x: np.ndarray, weight: np.ndarray, stride: int, padding: int) -> np.ndarray:
    """The expected output: PyTorch's conv2d in float64, on one CHW image, no bias."""
    inputs = torch.from_numpy(np.asarray(x, dtype=np.float64))[None]
    kernel = torch.from_numpy(np.asarray(weight, dtype=np.float64))
    return F.conv2d(inputs, kernel, stride=stride, padding=padding)[0].numpy()
