import os

import numpy as np
import torch
from torch.utils.data import Dataset


class SuffixImageDataset(Dataset):
    def __init__(self, root: str, suffix_to_label: dict[str, int]):
        # longest suffix first, so the first match is the longest one
        rules = sorted(((s.lower(), label) for s, label in suffix_to_label.items()),
                       key=lambda rule: len(rule[0]), reverse=True)
        samples = []
        for dirpath, _dirnames, filenames in os.walk(root):
            for name in filenames:
                path = os.path.join(dirpath, name)
                if not os.path.isfile(path):
                    continue
                lower = name.lower()
                for suffix, label in rules:
                    if lower.endswith(suffix):
                        samples.append((path, int(label)))
                        break
        samples.sort(key=lambda item: item[0])
        self.samples = samples

    def __len__(self) -> int:
        return len(self.samples)

    def __getitem__(self, i: int):
        path, label = self.samples[i]
        return torch.from_numpy(np.load(path)), label
