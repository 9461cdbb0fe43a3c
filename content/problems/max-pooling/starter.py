import numpy as np


def max_pool2d(x: np.ndarray, kernel_size: int, stride: int | None = None,
               padding: int = 0) -> np.ndarray:
    """Max pooling like torch.nn.functional.max_pool2d (dilation 1, ceil_mode False).

    x: (N, C, H, W). Square window kernel_size; stride defaults to kernel_size;
    pad every side with -inf. Returns (N, C, H_out, W_out),
    H_out = (H + 2*padding - kernel_size) // stride + 1.
    """
    raise NotImplementedError
