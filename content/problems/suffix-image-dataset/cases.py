import numpy as np


def _arr(rng, i):
    if i % 3 == 2:
        return rng.integers(0, 256, size=(3, 4, 4), dtype=np.uint8)
    return rng.standard_normal((3, 4, 4)).astype(np.float32)


def _case(rng, name, names, mapping, junk=(), dirs=(), large=False):
    files = [{"path": p, "array": _arr(rng, i)} for i, p in enumerate(names)]
    files += [{"path": p, "text": "not an image\n"} for p in junk]
    order = rng.permutation(len(files))          # creation order must not matter
    return {"name": name, "large": large, "args": {
        "files": [files[i] for i in order], "dirs": list(dirs), "suffix_to_label": dict(mapping)}}


def generate(rng: np.random.Generator) -> list[dict]:
    pets = {"_cat.npy": 0, "_dog.npy": 1}
    big_names = [f"part{d}/grp{g}/{i:04d}_{kind}"
                 for d in range(3) for g in range(4) for i, kind in
                 enumerate(["cat.npy", "DOG.npy", "cat.NPY", "bird.npy", "dog.npy"] * 5)]
    return [
        _case(rng, "statement-example", ["b/2_dog.npy", "a/1_CAT.npy"], pets, junk=["a/notes.txt"]),
        _case(rng, "flat-directory", ["3_cat.npy", "1_dog.npy", "2_cat.npy", "0_dog.npy"], pets),
        _case(rng, "nested-dirs", ["train/x/5_cat.npy", "train/1_dog.npy", "val/y/z/2_cat.npy",
                                   "0_dog.npy", "train/x/4_dog.npy"], pets),
        _case(rng, "mixed-case", ["a_Cat.Npy", "b_DOG.NPY", "c_cat.npy", "d_dOg.npy"], pets),
        _case(rng, "mixed-case-mapping-keys", ["1_dog.npy", "2_CAT.npy", "3_cat.npy"],
              {"_Cat.npy": 5, "_DOG.NPY": 7}),
        _case(rng, "longest-suffix-wins", ["1_hotdog.npy", "2_dog.npy", "3_HOTDOG.npy", "4dog.npy"],
              {"dog.npy": 1, "_hotdog.npy": 3}),
        _case(rng, "junk-files-and-dirs", ["k/1_cat.npy", "k/2_dog.npy", "3_bird.npy"], pets,
              junk=["k/readme.txt", "k/1_cat.npy.bak", "k/cat.npy.txt"],
              dirs=["decoy_dog.npy", "empty/deeper"]),
        _case(rng, "no-matches", ["1_bird.npy", "2_fish.npy"], pets, junk=["x.txt"]),
        _case(rng, "many-files", big_names, pets, junk=["part0/info.txt"], large=True),
    ]


def call(solution, args: dict):
    import os
    import shutil
    import tempfile

    import torch

    root = tempfile.mkdtemp(prefix="mianshi_ds_")
    try:
        for d in args["dirs"]:
            os.makedirs(os.path.join(root, d), exist_ok=True)
        for f in args["files"]:
            path = os.path.join(root, f["path"])
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as fh:          # a file object keeps np.save from renaming
                if "array" in f:
                    np.save(fh, f["array"])
                else:
                    fh.write(f["text"].encode())
        ds = solution.SuffixImageDataset(root, dict(args["suffix_to_label"]))
        n = len(ds)
        items = []
        for i in range(n):
            x, label = ds[i]
            items.append({"x": torch.as_tensor(x).detach().numpy().copy(), "label": int(label)})
        return {"is_dataset": isinstance(ds, torch.utils.data.Dataset), "len": int(n), "items": items}
    finally:
        shutil.rmtree(root, ignore_errors=True)
