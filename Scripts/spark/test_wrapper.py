#!/usr/bin/env python3
"""Tests of claimline_spark.py without Spark: the pipe handling and the failure rules.

    CLAIMLINE=path/to/claimline CLAIMLINE_TARBALL=dist/claimline-linux-x86_64.tar.gz \\
        python3 Scripts/spark/test_wrapper.py
"""
import json, os, shutil, stat, sys, tempfile, unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import claimline_spark as wrapper   # noqa: E402

BINARY = os.environ["CLAIMLINE"]


def documents(count, start=0):
    return [json.dumps({"id": f"d{i}", "text": f"The spokesman said on day {i} that he is alive."})
            for i in range(start, start + count)]


def child_processes():
    pids = []
    for task in Path("/proc/self/task").iterdir():
        try:   # a thread (the partition's writer) may end between listing and reading
            pids += (task / "children").read_text().split()
        except FileNotFoundError:
            pass
    return pids


def stand_in(folder, body):
    path = Path(folder) / "claimline"
    path.write_text(f'#!/bin/bash\nreal="{BINARY}"\n{body}\n')
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return str(path)


class RunPartitionTests(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.folder)

    def test_a_partition_larger_than_the_pipe_buffers_comes_back_whole_and_in_order(self):
        lines = documents(30000)
        records = list(wrapper.run_partition(iter(lines), BINARY))
        self.assertEqual([json.loads(r)["id"] for r in records], [f"d{i}" for i in range(30000)])

    def test_blank_lines_are_not_documents(self):
        lines = documents(2) + ["", "   "] + documents(1, start=2)
        records = list(wrapper.run_partition(iter(lines), BINARY))
        self.assertEqual([json.loads(r)["id"] for r in records], ["d0", "d1", "d2"])

    def test_a_line_holding_a_line_break_fails_the_partition(self):
        with self.assertRaises(wrapper.ClaimlineFailed):
            list(wrapper.run_partition(iter(['{"id":"a","text":"x"}\n{"id":"b","text":"y"}']), BINARY))

    def test_document_errors_are_kept_by_default_and_fail_on_request(self):
        lines = documents(2) + ['{"id": "bad", "text": 5}']
        records = [json.loads(r) for r in wrapper.run_partition(iter(lines), BINARY)]
        self.assertEqual([r["id"] for r in records], ["d0", "d1", "bad"])
        self.assertIn("error", records[2])
        with self.assertRaises(wrapper.ClaimlineFailed):
            list(wrapper.run_partition(iter(lines), BINARY, document_errors="fail"))

    def test_a_crash_midway_fails_even_after_records_were_yielded(self):
        fake = stand_in(self.folder, '"$real" "$@" | head -n 10; kill -SEGV $$')
        yielded = []
        with self.assertRaisesRegex(wrapper.ClaimlineFailed, "signal 11"):
            for record in wrapper.run_partition(iter(documents(100)), fake):
                yielded.append(record)
        self.assertEqual(len(yielded), 10)

    def test_a_consumer_that_stops_early_leaves_no_process_behind(self):
        records = wrapper.run_partition(iter(documents(20000)), BINARY)
        self.assertEqual(json.loads(next(records))["id"], "d0")
        records.close()   # runs the generator's cleanup: the child is killed and reaped
        self.assertEqual(child_processes(), [])

    def test_environment_is_explicit_and_points_at_bundled_libraries(self):
        os.mkdir(os.path.join(self.folder, "lib"))
        env = wrapper.node_environment(os.path.join(self.folder, "claimline"), {"EXTRA": "1"})
        self.assertEqual(env["LD_LIBRARY_PATH"], os.path.join(self.folder, "lib"))
        self.assertEqual(env["EXTRA"], "1")
        self.assertNotIn("HOME", env)


@unittest.skipUnless(os.environ.get("CLAIMLINE_TARBALL"), "no CLAIMLINE_TARBALL")
class LocateTests(unittest.TestCase):
    def test_a_shipped_tarball_is_unpacked_once_and_its_binary_runs(self):
        folder = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, folder)
        tarball = shutil.copy(os.environ["CLAIMLINE_TARBALL"], folder)
        binary = wrapper.locate(tarball)
        self.assertEqual(wrapper.locate(tarball), binary)
        env = wrapper.node_environment(binary)
        records = list(wrapper.run_partition(iter(documents(3)), binary, env=env))
        self.assertEqual(len(records), 3)

    def test_nothing_shipped_is_a_clear_failure(self):
        with self.assertRaisesRegex(wrapper.ClaimlineFailed, "no claimline binary"):
            wrapper.locate(None, name="not-shipped.tar.gz")


if __name__ == "__main__":
    unittest.main(verbosity=1)
