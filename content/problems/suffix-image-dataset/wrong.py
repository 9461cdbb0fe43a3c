import os

import numpy as np
import torch
from torch.utils.data import Dataset


class SuffixImageDataset(Dataset):
    def __init__(self, root, suffix_to_label):
        rules = sorted(suffix_to_label.items(), key=lambda rule: len(rule[0]), reverse=True)
        samples = []
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                for suffix, label in rules:
                    # Mistake: case-sensitive match, so "x_CAT.NPY" (or a mapping key such as
                    # "_Dog.npy") is silently skipped.
                    if name.endswith(suffix):
                        samples.append((os.path.join(dirpath, name), label))
                        break
        self.samples = sorted(samples)

    def __len__(self):
        return len(self.samples)

    def __getitem__(self, i):
        path, label = self.samples[i]
        return torch.from_numpy(np.load(path)), label
