"""C++ in the worker: compile a submission with g++, then run the program on the cases.

Both steps run in forked children of the worker, so inside the sandbox, under limits:
the compiler gets a wall-clock deadline, CPU time, memory, file size and output size
limits; the program gets the problem's time and memory limits. The cases arrive as
plain binary (see mianshi/judge/cpp.py) on the program's stdin, a sealed memfd; the
program writes its results as binary frames to fd 3. The worker only relays bytes:
the judge decodes and checks them outside the sandbox.
"""

import contextlib
import fcntl
import hashlib
import os
import resource
import shutil

COMPILE_TIME_S = 20.0
COMPILE_MEMORY = 1536 << 20  # per compiler process (cc1plus, as, ld)
COMPILE_FILE_BYTES = 64 << 20
COMPILE_OUTPUT_LIMIT, COMPILE_OUTPUT_KEEP = 1 << 20, 16 << 10
# What a C++ program maps before it allocates anything: libc, libstdc++, stack.
PROGRAM_BASE_MEMORY = 64 << 20
NPROC, FILE_BYTES, OPEN_FILES = 128, 16 << 20, 256
HARNESS = "judge_main.cpp"
HARNESS_OBJECT = "judge_main.o"
HARNESS_KEPT = 16
PROGRAM = "solution.bin"
FLAGS = ["-std=c++17", "-O2", "-pipe", "-fmax-errors=10", "-fdiagnostics-color=never"]


def set_limits(limits: dict[int, int | tuple[int, int]]) -> None:
    for which, value in limits.items():
        soft, hard = value if isinstance(value, tuple) else (value, value)
        ceiling = resource.getrlimit(which)[1]
        if ceiling != resource.RLIM_INFINITY:
            soft, hard = min(soft, ceiling), min(hard, ceiling)
        resource.setrlimit(which, (soft, hard))


def environment() -> dict[str, str]:
    tmp = os.environ["TMPDIR"]
    return {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": tmp, "TMPDIR": tmp}


# The harness of a signature, compiled once per worker: only the submission is compiled
# for each run. Kept in the worker's memory, where no submission can reach it; so is the
# reference's program, written out again before each of its runs.
_harness_objects: dict[str, bytes] = {}
_reference_programs: dict[str, bytes] = {}
REFERENCE_PROGRAM = "reference.bin"


def compile_program(worker, folder: str, *inputs: str, output: str = PROGRAM, link: bool = True) -> dict:
    compiler = shutil.which("g++", path="/usr/bin:/bin")
    if compiler is None:
        return {"status": "missing", "code": None, "output": b"g++ is not installed", "ms": 0.0}
    argv = [compiler, *FLAGS, *([] if link else ["-c"]), "-o", output, *inputs]

    def body(res_w: int) -> None:
        os.close(res_w)
        cpu = int(COMPILE_TIME_S) + 1
        set_limits(
            {
                resource.RLIMIT_AS: COMPILE_MEMORY,
                resource.RLIMIT_CPU: (cpu, cpu + 1),
                resource.RLIMIT_NPROC: NPROC,
                resource.RLIMIT_FSIZE: COMPILE_FILE_BYTES,
                resource.RLIMIT_NOFILE: OPEN_FILES,
                resource.RLIMIT_CORE: 0,
            }
        )
        os.chdir(folder)
        os.execve(compiler, argv, environment())

    result = worker.spawn(body, COMPILE_TIME_S, COMPILE_OUTPUT_LIMIT, COMPILE_OUTPUT_KEEP)
    return {"status": result["status"], "code": result["code"], "output": result["stdout"], "ms": result["ms"]}


def run_program(worker, program: str, inputs: bytes, time_limit: float, memory_mb: int) -> dict:
    stdin = os.memfd_create("cases", os.MFD_CLOEXEC | os.MFD_ALLOW_SEALING)
    try:
        view = memoryview(inputs)
        while view:
            view = view[os.write(stdin, view) :]
        os.lseek(stdin, 0, os.SEEK_SET)
        # Sealed: the program reads its cases and cannot change them for a later run.
        seals = fcntl.F_SEAL_WRITE | fcntl.F_SEAL_GROW | fcntl.F_SEAL_SHRINK | fcntl.F_SEAL_SEAL
        fcntl.fcntl(stdin, fcntl.F_ADD_SEALS, seals)

        def body(res_w: int) -> None:
            cpu = int(time_limit) + 2
            set_limits(
                {
                    resource.RLIMIT_AS: PROGRAM_BASE_MEMORY + (memory_mb << 20),
                    resource.RLIMIT_CPU: (cpu, cpu + 1),
                    resource.RLIMIT_NPROC: NPROC,
                    resource.RLIMIT_FSIZE: FILE_BYTES,
                    resource.RLIMIT_NOFILE: OPEN_FILES,
                    resource.RLIMIT_CORE: 0,
                }
            )
            os.dup2(stdin, 0)
            os.dup2(res_w, 3)
            for fd in (0, 3):
                os.set_inheritable(fd, True)
            os.execve(program, [program], environment())

        return worker.spawn(body, time_limit)
    finally:
        os.close(stdin)


def build_and_run(worker, job: dict) -> dict:
    """Compile job["source"] with the generated harness; when it compiles, run it job["runs"] times."""
    folder = os.path.join(os.environ["TMPDIR"], "build")
    os.makedirs(folder, exist_ok=True)
    key = hashlib.sha256(job["harness"].encode()).hexdigest()
    if key not in _harness_objects:
        with open(os.path.join(folder, HARNESS), "w", encoding="utf-8") as handle:
            handle.write(job["harness"])
        compiled = compile_program(worker, folder, HARNESS, output=HARNESS_OBJECT, link=False)
        if compiled["status"] != "exited" or compiled["code"] != 0:
            compiled["output"] = b"the judge's harness does not compile:\n" + compiled["output"]
            return {"compile": compiled, "runs": []}
        with open(os.path.join(folder, HARNESS_OBJECT), "rb") as handle:
            _harness_objects[key] = handle.read()
        while len(_harness_objects) > HARNESS_KEPT:
            del _harness_objects[next(iter(_harness_objects))]
        wipe_folder(folder)
    with open(os.path.join(folder, HARNESS_OBJECT), "wb") as handle:
        handle.write(_harness_objects[key])
    source_name = job["filename"]
    with open(os.path.join(folder, source_name), "w", encoding="utf-8") as handle:
        handle.write(job["source"])
    compiled = compile_program(worker, folder, source_name, HARNESS_OBJECT)
    program = os.path.join(folder, PROGRAM)
    runs = []
    if compiled["status"] == "exited" and compiled["code"] == 0 and os.path.isfile(program):
        for _ in range(job.get("runs", 1)):
            runs.append(run_program(worker, program, job["inputs"], job["time_limit"], job["memory_mb"]))
    reply = {"compile": compiled, "runs": runs}
    if job.get("reference") and runs and runs[-1]["status"] == "exited" and runs[-1]["code"] == 0:
        reply["again"] = time_again(worker, folder, key, program, job)
    return reply


def time_again(worker, folder: str, key: str, program: str, job: dict) -> list[dict]:
    """The reference, the submission and the reference again, in turn, under the same load."""
    again = []
    for who in ("reference", "submission", "reference"):
        path = program if who == "submission" else reference_program(worker, folder, key, job["reference"])
        if path is None:
            return []
        run = run_program(worker, path, job["inputs"], job["time_limit"], job["memory_mb"])
        again.append({"who": who, **run})
    return again


def reference_program(worker, folder: str, key: str, source: str) -> str | None:
    """The reference's program, compiled once per worker; written out afresh, so a
    submission that ran before cannot have replaced it."""
    reference_key = hashlib.sha256(f"{key}\0{source}".encode()).hexdigest()
    if reference_key not in _reference_programs:
        build = os.path.join(folder, "reference")
        os.makedirs(build, exist_ok=True)
        with open(os.path.join(build, HARNESS_OBJECT), "wb") as handle:
            handle.write(_harness_objects[key])
        with open(os.path.join(build, "reference.cpp"), "w", encoding="utf-8") as handle:
            handle.write(source)
        compiled = compile_program(worker, build, "reference.cpp", HARNESS_OBJECT)
        built = os.path.join(build, PROGRAM)
        if compiled["status"] != "exited" or compiled["code"] != 0 or not os.path.isfile(built):
            shutil.rmtree(build, ignore_errors=True)
            return None
        with open(built, "rb") as handle:
            _reference_programs[reference_key] = handle.read()
        while len(_reference_programs) > HARNESS_KEPT:
            del _reference_programs[next(iter(_reference_programs))]
        shutil.rmtree(build, ignore_errors=True)
    path = os.path.join(folder, REFERENCE_PROGRAM)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o700)
    with os.fdopen(fd, "wb") as handle:
        handle.write(_reference_programs[reference_key])
    return path


def wipe_folder(folder: str) -> None:
    for name in os.listdir(folder):
        os.unlink(os.path.join(folder, name))
