"""The kata's benchmarks: wall times of what learners and facilitators run, as ratios measured in one run.

Each figure is the median of several repetitions after a warm-up, on this machine, now; ratios compare two
commands measured side by side, so they say more than the seconds do. Results go to target/bench/results.json.
"""
import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "target" / "bench" / "results.json"
# The project's Maven Wrapper, so the figures come from the Maven version the README pins.
MVN = [str(ROOT / ("mvnw.cmd" if os.name == "nt" else "mvnw")), "-q", "-B"]


def wall(command, env=None, check=True):
    """Seconds one run of the command takes; its output is kept only when it fails."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    seconds = time.perf_counter() - start
    if check and done.returncode != 0:
        sys.stderr.write(done.stdout[-4000:])
        shown = " ".join(arg if len(arg) <= 120 else arg[:60] + "..." for arg in command)
        raise SystemExit(f"bench: `{shown}` failed with exit code {done.returncode}")
    return seconds, done


# --quick keeps the script working in CI: one run of each command, with no warm-up before it.
WARM_UP = True


def median_wall(command, repetitions, env=None, check=True, warm_up=None):
    """Median and all walls of `repetitions` runs after one warm-up run (of `warm_up`, a cheaper command, if given)."""
    if WARM_UP:
        wall(warm_up or command, env=env, check=check)
    walls = [wall(command, env=env, check=check)[0] for _ in range(repetitions)]
    return statistics.median(walls), walls


def test_classpath():
    target = ROOT / "target" / "bench" / "classpath.txt"
    target.parent.mkdir(parents=True, exist_ok=True)
    # The engine's module (engine/) has every library of the lab on its class path; its tests' classes and the Books
    # lab's are built by the solutions profile's build of both (the lab's tests use the engine's test-jar), and the
    # learner's classes (target/classes) by any build of src/.
    wall(MVN + ["-pl", "engine,lab", "-Psolutions", "test-compile"])
    wall(MVN + ["-pl", "engine", "dependency:build-classpath", "-Dmdep.includeScope=test", f"-Dmdep.outputFile={target}"])
    return os.pathsep.join([str(ROOT / module / "target" / tree) for module in ("engine", "lab")
                            for tree in ("test-classes", "classes")]
                           + [str(ROOT / "target" / "classes"), target.read_text().strip()])


def backend_start_ms(classpath, backend, repetitions):
    """DynamoDB Local's start (and capability probe) as the lab sees it, in a JVM of its own; None if unavailable."""
    samples = []
    for _ in range(repetitions):
        _, done = wall(["java", "-cp", classpath, "lab.run.StartupProbe", backend], check=False)
        match = re.search(r"start_ms=(\d+)", done.stdout)
        if not match:
            return None, done.stdout.strip().splitlines()[-1:] or ["no output"]
        samples.append(int(match.group(1)))
    return statistics.median(samples), samples


def p1(repetitions, results):
    """The learner loop's CI form: the whole solutions suite, against the same Maven run with no scenario to run."""
    full = MVN + ["verify", "-Psolutions"]
    floor = MVN + ["verify", "-Psolutions", "-Dcucumber.filter.tags=@bench-floor-selects-no-scenario"]
    full_s, full_walls = median_wall(full, repetitions)
    floor_s, floor_walls = median_wall(floor, repetitions)
    results.update(p1_wall_s=round(full_s, 2), p1_floor_wall_s=round(floor_s, 2), p1_ratio=round(full_s / floor_s, 2),
                   p1_walls_s=[round(w, 2) for w in full_walls], p1_floor_walls_s=[round(w, 2) for w in floor_walls])


def p1_lab(repetitions, results):
    """The lab's scenarios alone (what a learner's `mvn test` runs, here on the solutions), against the same floor."""
    lab = MVN + ["test", "-Psolutions", "-Dkata.tests=**/RunCucumberTest.java"]
    floor = lab + ["-Dcucumber.filter.tags=@bench-floor-selects-no-scenario"]
    lab_s, _ = median_wall(lab, repetitions)
    floor_s, _ = median_wall(floor, repetitions)
    results.update(p1_lab_wall_s=round(lab_s, 2), p1_lab_floor_wall_s=round(floor_s, 2),
                   p1_lab_ratio=round(lab_s / floor_s, 2))


def edit(repetitions, results):
    """The learner's edit loop: `mvn test -Dkata.exercise=03` after a one-line edit of BookRepository.java, against the
    same command with no edit, the two in alternation; and how many source files Maven compiled after the edit."""
    repository = ROOT / "src" / "main" / "java" / "bookstore" / "BookRepository.java"
    original = repository.read_bytes()
    command = [MVN[0], "-B", "test", "-Dkata.exercise=03"]
    if WARM_UP:
        wall(command, check=False)
    unchanged, edited, compiled = [], [], []
    try:
        for i in range(repetitions):
            unchanged.append(wall(command, check=False)[0])
            repository.write_bytes(original + f"// edit {i}\n".encode())
            seconds, done = wall(command, check=False)
            edited.append(seconds)
            compiled.append(sum(int(n) for n in re.findall(r"Compiling (\d+) source files?", done.stdout)))
    finally:
        repository.write_bytes(original)
    results.update(edit_wall_s=round(statistics.median(edited), 2), edit_unchanged_wall_s=round(statistics.median(unchanged), 2),
                   edit_ratio=round(statistics.median(edited) / statistics.median(unchanged), 2),
                   edit_compiled_files=max(compiled), edit_walls_s=[round(w, 2) for w in edited],
                   edit_unchanged_walls_s=[round(w, 2) for w in unchanged])


def p2(classpath, repetitions, saves, results):
    """The watch loop: a rerun of exercise 03 after a save, against `mvn -q test -Dkata.exercise=03` (the lab's own
    stubs, which fail: that run's wall is what a learner waits for without watch mode)."""
    out = ROOT / "target" / "bench" / "watch.json"
    # The JVM flags of `mvn -Pwatch` (the pom's watch execution): C1 alone, javac's context kept from save to save.
    wall(["java", "-XX:TieredStopAtLevel=1", "--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED",
          "--add-opens=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED", "-cp", classpath, "lab.watch.WatchBenchmark", str(out), str(saves), "03"])
    watch = json.loads(out.read_text())
    mvn_s, mvn_walls = median_wall(MVN + ["test", "-Dkata.exercise=03"], repetitions, check=False)
    results.update(p2_median_ms=watch["p2_median_ms"], p2_p90_ms=watch["p2_p90_ms"], p2_saves=watch["saves"],
                   p2_compile_median_ms=watch.get("compile_median_ms"), p2_mvn_test_03_wall_s=round(mvn_s, 2),
                   p2_ratio=round(mvn_s * 1000 / watch["p2_median_ms"], 1))


def sample_class(directory, size):
    """`size` generated submissions (solved, partly solved, stubs in turn) written into `directory`."""
    if directory.exists():
        shutil.rmtree(directory)
    wall(["java", "engine/src/test/java/lab/grading/SampleClass.java", str(directory), str(size)])


def naive_grade_s(submission, workspace):
    """Seconds of the naive way to grade one submission: its sources in a copy of the kata, then `mvn test` there."""
    if workspace.exists():
        shutil.rmtree(workspace)
    shutil.copytree(ROOT, workspace, ignore=shutil.ignore_patterns("target", ".git"))
    sources = submission / "src" / "main" / "java" if (submission / "src").is_dir() else submission
    shutil.rmtree(workspace / "src" / "main" / "java")
    shutil.copytree(sources, workspace / "src" / "main" / "java")
    start = time.perf_counter()
    subprocess.run(MVN + ["test"], cwd=workspace, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def p3(repetitions, size, naive_sample, results):
    """Grading a class of `size` with the grader, against one `mvn test` per submission timed on a few, extrapolated."""
    work = ROOT / "target" / "bench"
    submissions, small = work / "class", work / "warm-up-class"
    sample_class(submissions, size)
    if WARM_UP:
        sample_class(small, 2)

    def grade(directory):
        return MVN + ["-Pgrade", f"-Dsubmissions={directory}", "-Dregrade", "verify"]

    grade_s, grade_walls = median_wall(grade(submissions), repetitions, warm_up=grade(small))
    graded = sorted(p.name for p in submissions.iterdir() if p.is_dir())[:naive_sample]
    naive_walls = [naive_grade_s(submissions / name, work / "naive") for name in graded]
    shutil.rmtree(work / "naive", ignore_errors=True)
    naive_each_s = statistics.median(naive_walls)
    naive_s = naive_each_s * size
    results.update(p3_submissions=size, p3_wall_s=round(grade_s, 1), p3_walls_s=[round(w, 1) for w in grade_walls],
                   p3_naive_each_s=round(naive_each_s, 1), p3_naive_sampled=len(naive_walls),
                   p3_naive_wall_s=round(naive_s, 1),
                   p3_naive_note=f"one mvn test per submission, timed on {len(naive_walls)} and extrapolated to {size}",
                   p3_ratio=round(naive_s / grade_s, 2))


def hop(classpath, results, requests):
    """What the lab endpoint's hop costs one GetItem: medians straight to DynamoDB Local and through the endpoint; and
    the endpoint's own HTTP server against Jetty's and Netty's, each passing the same request on untouched."""
    _, done = wall(["java", "-cp", classpath, "lab.run.HopBenchmark", str(requests)])
    results.update(json.loads(done.stdout.strip().splitlines()[-1]))
    _, done = wall(["java", "-cp", classpath, "lab.endpoint.ServerBenchmark", str(requests)])
    servers = json.loads(done.stdout.strip().splitlines()[-1])
    for library in ("jetty", "netty"):
        own = servers["server_own_median_us"] - servers["server_direct_median_us"]
        theirs = servers[f"server_{library}_median_us"] - servers["server_direct_median_us"]
        servers[f"server_{library}_hop_ratio"] = round(theirs / own, 2) if own > 0 else None
    results.update(servers)


def starts(repetitions, results):
    classpath = test_classpath()
    for backend in ("embedded", "container"):
        median, detail = backend_start_ms(classpath, backend, repetitions)
        results[f"dynamodb_local_start_ms_{backend}"] = median
        if median is None:
            results[f"dynamodb_local_start_{backend}_unavailable"] = " ".join(detail)
    return classpath


PARTS = ["p1", "edit", "starts", "hop", "p2", "p3"]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true",
                        help="one repetition each, no warm-up, a class of two (keeps the script working in CI)")
    parser.add_argument("--only", choices=PARTS, action="append",
                        help="run only this part (repeatable); results.json then holds only what ran")
    args = parser.parse_args()
    parts = args.only or PARTS
    repetitions = 1 if args.quick else 5
    global WARM_UP
    WARM_UP = not args.quick
    results = {
        "quick": args.quick,
        "repetitions": repetitions,
        "machine": {"cores": os.cpu_count(), "system": platform.platform(), "python": platform.python_version()},
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    if "p1" in parts:
        if not args.quick:
            # The whole solutions suite, the harness's own tests included: CI has just run it twice, so --quick
            # measures the lab's own loop alone.
            p1(repetitions, results)
        p1_lab(repetitions, results)
    if "edit" in parts:
        edit(repetitions, results)
    classpath = None
    if "starts" in parts:
        classpath = starts(repetitions, results)
    if "hop" in parts or "p2" in parts:
        classpath = classpath or test_classpath()
    if "hop" in parts:
        hop(classpath, results, 400 if args.quick else 4000)
    if "p2" in parts:
        p2(classpath, repetitions, 10 if args.quick else 12, results)
    if "p3" in parts:
        p3(repetitions, 2 if args.quick else 30, 1 if args.quick else 5, results)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    for key, value in results.items():
        if not isinstance(value, (dict, list)):
            print(f"{key:40} {value}")
    print(f"written: {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
