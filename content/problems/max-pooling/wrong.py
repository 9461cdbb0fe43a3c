import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def max_pool2d(x, kernel_size, stride=None, padding=0):
    # Mistake: pads with zeros instead of -inf, so windows of negative values
    # touching the border return 0.
    s = kernel_size if stride is None else stride
    x = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    win = sliding_window_view(x, (kernel_size, kernel_size), axis=(2, 3))[:, :, ::s, ::s]
    return win.max(axis=(-2, -1))
