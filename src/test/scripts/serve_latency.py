#!/usr/bin/env python3
"""Time from saving a TEI file to the "reload" event of a running `editio serve`.

usage: serve_latency.py URL FILE [EDITS [PID]]
  URL   the server, e.g. http://127.0.0.1:8000/
  FILE  a TEI file of the served project (tei/wilson-112037.xml); restored at the end
  PID   the server's process: also prints the CPU time (user + system, all threads) it used per edit,
        which on a busy machine says more than the wall time

Each edit appends a space to the text before the first "</p>" (a small text edit), writes the file
through a temporary file and a rename (as editors save), and waits for the next "reload" event on
/_editio/events. Prints each time and the median, in ms. One warm-up edit is not counted.
"""
import os, statistics, sys, threading, time, queue, urllib.request

def events(url, q):
    with urllib.request.urlopen(url + "_editio/events", timeout=120) as r:
        name = None
        for raw in r:
            line = raw.decode("utf-8").rstrip("\n")
            if line.startswith("event: "):
                name = line[7:]
            elif line == "" and name:
                q.put((name, time.monotonic()))
                name = None

def save(path, text):
    tmp = os.path.join(os.path.dirname(path), ".editio-latency.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)

def cpu_ms(pid):
    if pid is None:
        return 0.0
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")

def main():
    url, path = sys.argv[1], sys.argv[2]
    edits = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    pid = int(sys.argv[4]) if len(sys.argv) > 4 else None
    cpus = []
    original = open(path, encoding="utf-8").read()
    q = queue.Queue()
    threading.Thread(target=events, args=(url, q), daemon=True).start()
    q.get(timeout=30)  # the state sent on connecting
    times = []
    text = original
    try:
        for i in range(edits + 1):
            text = text.replace("</p>", " </p>", 1)
            cpu = cpu_ms(pid)
            start = time.monotonic()
            save(path, text)
            while True:
                name, at = q.get(timeout=120)
                if name == "reload":
                    break
            ms = (at - start) * 1000
            used = cpu_ms(pid) - cpu
            if i > 0:
                times.append(ms)
                cpus.append(used)
                print(f"edit {i}: {ms:.0f} ms" + (f", CPU {used:.0f} ms" if pid else ""), flush=True)
            time.sleep(0.5)
    finally:
        save(path, original)
    print(f"median of {len(times)}: {statistics.median(times):.0f} ms (min {min(times):.0f}, max {max(times):.0f})"
          + (f"; CPU median {statistics.median(cpus):.0f} ms" if pid else ""))

main()
