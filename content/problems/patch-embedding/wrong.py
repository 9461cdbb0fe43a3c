import torch
import torch.nn as nn


class PatchEmbed(nn.Module):
    def __init__(self, img_size: int, patch_size: int, in_ch: int, embed_dim: int):
        super().__init__()
        self.num_patches = (img_size // patch_size) ** 2
        self.proj = nn.Conv2d(in_ch, embed_dim, kernel_size=patch_size, stride=patch_size)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.proj(x)
        b, d = x.shape[:2]
        # Mistake: reshapes (B, D, N) memory straight into (B, N, D) instead of transposing,
        # so every "token" is a scrambled mix of channels from several patches.
        return x.reshape(b, -1, d)
