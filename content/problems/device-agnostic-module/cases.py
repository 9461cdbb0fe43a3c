import numpy as np


def _case(rng, name, b, t, d, max_len, lengths=None, large=False):
    x = rng.standard_normal((b, t, d)).astype(np.float32)
    if lengths is None:
        lengths = rng.integers(0, t + 1, size=b)
    return {"name": name, "large": large, "args": {
        "d_model": d, "max_len": max_len, "x": x, "lengths": np.asarray(lengths, dtype=np.int64)}}


def generate(rng: np.random.Generator) -> list[dict]:
    return [
        _case(rng, "statement-example", 2, 3, 4, 10, lengths=[3, 1]),
        _case(rng, "single-step", 3, 1, 8, 16, lengths=[1, 0, 1]),
        _case(rng, "lengths-zero-and-full", 4, 6, 6, 6, lengths=[0, 6, 3, 6]),
        _case(rng, "t-equals-max-len", 2, 20, 16, 20),
        _case(rng, "d-model-2", 5, 7, 2, 50),
        _case(rng, "random", 8, 33, 32, 128),
        _case(rng, "large", 32, 512, 512, 1024, large=True),
    ]


def _err(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {str(exc).splitlines()[0][:160] if str(exc) else ''}"


def call(solution, args: dict):
    import torch

    model = solution.PositionalEncodingWithMask(args["d_model"], args["max_len"])
    buffers = dict(model.named_buffers())
    pe_is_buffer = "pe" in buffers
    pe_in_state_dict = "pe" in model.state_dict()
    x = torch.tensor(args["x"])
    lengths = torch.tensor(args["lengths"])
    with torch.no_grad():
        out, mask = model(x, lengths)
        # 1) dtype follows the module: .half() must convert the buffer too. A pe left in
        #    float32 promotes a float16 input to float32 (with .double() it would pass unnoticed,
        #    since float64 + float32 is float64)
        model.half()
        try:
            out16, _ = model(x.half(), lengths)
            half_dtype = str(out16.dtype)
        except Exception as exc:  # noqa: BLE001 - reported as the result
            half_dtype = _err(exc)
        # 2) device follows the module: on "meta" anything left on the CPU raises
        try:
            model.to("meta")
            out_m, mask_m = model(x.half().to("meta"), lengths.to("meta"))
            meta = {"out": f"{out_m.device.type} {tuple(out_m.shape)}",
                    "mask": f"{mask_m.device.type} {tuple(mask_m.shape)} {mask_m.dtype}"}
        except Exception as exc:  # noqa: BLE001
            meta = {"out": _err(exc), "mask": "-"}
    return {
        "pe_is_buffer": pe_is_buffer,
        "pe_in_state_dict": pe_in_state_dict,
        "num_parameters": len(list(model.parameters())),
        "out": out.detach().numpy(),
        "out_dtype": str(out.dtype),
        "mask": mask.detach().numpy(),
        "half_dtype": half_dtype,
        "meta": meta,
    }
