import numpy as np
import torch
import torch.nn.functional as F


def resize_bilinear(img: np.ndarray, out_h: int, out_w: int) -> np.ndarray:
    """The expected output: PyTorch's bilinear interpolation (align_corners=False), in float64."""
    x = torch.from_numpy(np.asarray(img, dtype=np.float64)).permute(2, 0, 1)[None]
    out = F.interpolate(x, size=(out_h, out_w), mode="bilinear", align_corners=False)
    return out[0].permute(1, 2, 0).contiguous().numpy()
