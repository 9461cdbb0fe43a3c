import numpy as np


def conv2d(x: np.ndarray, weight: np.ndarray, bias: np.ndarray | None,
           stride: int = 1, padding: int = 0) -> np.ndarray:
    """2-D cross-correlation like torch.nn.functional.conv2d (dilation 1, groups 1).

    x: (N, C_in, H, W); weight: (C_out, C_in, kh, kw); bias: (C_out,) or None.
    Zero padding of `padding` on every side; the same stride in both directions.
    Returns (N, C_out, H_out, W_out) with H_out = (H + 2*padding - kh) // stride + 1.
    """
    raise NotImplementedError
