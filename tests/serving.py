"""A workspace server for tests: the real uvicorn server on a free loopback port, in a thread."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator

import uvicorn

from briefing.deliver.serve import ServeSettings, create_app


@contextlib.contextmanager
def running_server(settings: ServeSettings, warm_up: bool = False) -> Iterator[str]:
    """Serve ``settings`` on 127.0.0.1 (a port the system picks) and yield the base URL."""
    config = uvicorn.Config(create_app(settings, warm_up=warm_up), host="127.0.0.1", port=0, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the workspace server did not start")
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
