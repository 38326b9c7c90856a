#!/usr/bin/env python3
"""Time from saving a TEI file to the reloaded page being shown in headless Chromium, against a running
`editio serve`: what an editor waits for.

usage: serve_visible_latency.py PAGE FILE [EDITS]
  PAGE  a page of the running server, e.g. http://127.0.0.1:8000/wilson-112037.html
  FILE  the TEI file that page is made from; restored at the end

Drives Chromium through chromedriver's W3C WebDriver HTTP interface (chromedriver and chromium on the
PATH; no Python package needed). Each edit appends a space to the text before the first "</p>", saves
the file through a temporary file and a rename (as editors save), and waits until the browser shows a
new load of the page. "Shown" is the new document's first contentful paint (its load event when the
browser reports no paint), read from the browser's own clock (performance.timeOrigin + the entry's
time), which is the machine's clock that the save time is read from too. One warm-up edit is not
counted. Prints each time and the median, in ms.
"""
import json, os, socket, statistics, subprocess, sys, time, urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Driver:
    def __init__(self):
        self.port = free_port()
        self.proc = subprocess.Popen(["chromedriver", f"--port={self.port}"], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.port}"
        for _ in range(100):
            try:
                self.call("GET", "/status")
                break
            except OSError:
                time.sleep(0.1)
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]}}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as r:
            return json.load(r)["value"]

    def go(self, url):
        self.call("POST", f"/session/{self.session}/url", {"url": url})

    def js(self, script):
        return self.call("POST", f"/session/{self.session}/execute/sync", {"script": script, "args": []})

    def close(self):
        try:
            self.call("DELETE", f"/session/{self.session}")
        finally:
            self.proc.terminate()


SHOWN = """
const nav = performance.getEntriesByType('navigation')[0];
const paint = performance.getEntriesByName('first-contentful-paint')[0];
return [performance.timeOrigin, nav ? nav.loadEventEnd : 0, paint ? paint.startTime : 0];
"""


def save(path, text):
    tmp = os.path.join(os.path.dirname(path), ".editio-latency.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def main():
    page, path = sys.argv[1], sys.argv[2]
    edits = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    original = open(path, encoding="utf-8").read()
    driver = Driver()
    times = []
    text = original
    try:
        driver.go(page)
        time.sleep(1.0)  # the page's event stream connects
        for i in range(edits + 1):
            before = driver.js(SHOWN)[0]
            text = text.replace("</p>", " </p>", 1)
            saved = time.time() * 1000
            save(path, text)
            deadline = time.monotonic() + 60
            while True:
                try:
                    origin, loaded, paint = driver.js(SHOWN)
                except OSError:
                    origin, loaded, paint = before, 0, 0  # navigating
                if origin != before and loaded > 0:
                    break
                if time.monotonic() > deadline:
                    raise SystemExit(f"edit {i}: the page did not reload within 60 s")
                time.sleep(0.01)
            ms = origin + (paint if paint > 0 else loaded) - saved
            if i > 0:
                times.append(ms)
                print(f"edit {i}: {ms:.0f} ms shown ({'first contentful paint' if paint > 0 else 'load event'})",
                      flush=True)
            time.sleep(1.0)  # an editor's pause; lets the edition's pages catch up as well
    finally:
        save(path, original)
        driver.close()
    print(f"median of {len(times)}: {statistics.median(times):.0f} ms (min {min(times):.0f}, max {max(times):.0f})")


if __name__ == "__main__":
    main()
