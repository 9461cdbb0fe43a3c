import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def conv2d(x, weight, bias, stride=1, padding=0):
    # Mistake: flips the kernel (textbook convolution) although deep-learning
    # "convolution" is cross-correlation. Only symmetric kernels come out right.
    w = weight[:, :, ::-1, ::-1]
    kh, kw = w.shape[2], w.shape[3]
    x = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    win = sliding_window_view(x, (kh, kw), axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.einsum("nchwpq,ocpq->nohw", win, w)
    if bias is not None:
        out = out + bias[None, :, None, None]
    return out
