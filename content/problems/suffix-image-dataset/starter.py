import os

import numpy as np
import torch
from torch.utils.data import Dataset


class SuffixImageDataset(Dataset):
    def __init__(self, root: str, suffix_to_label: dict[str, int]):
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    def __getitem__(self, i: int):
        """返回 (torch.from_numpy(np.load(path)), label)。"""
        raise NotImplementedError
