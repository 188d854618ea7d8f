"""gunicorn settings for running the app in production (`make serve` runs it locally).

Each value can be changed through an environment variable of the same name in capitals
with a GUNICORN_ prefix, e.g. GUNICORN_WORKERS=8. Graceful reload: send SIGHUP to the
master process (`kill -HUP <pid>`, or `systemctl reload minutes`) and it starts new
workers with the new code and settings, letting the old ones finish their requests.
"""

import multiprocessing
import os

# Listen where the proxy expects us (a unix socket also works: "unix:/run/minutes.sock").
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# Two workers per core, plus one: requests mostly wait on the database.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))

# A request taking longer than this is killed and its worker replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# How long workers have to finish their requests on a reload or stop.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))

# Replace each worker after this many requests (with jitter), so no leak grows forever. A new
# worker costs about half a second of CPU to start, during which requests wait for the other:
# at several hundred requests a second, a limit of 2,000 replaced a worker every few seconds,
# which put a third on a cached page's CPU and its slowest twentieth of responses at 100 to
# 200 ms instead of 7 (docs/performance.md).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "2000"))

# Access log to standard output, one line per request with its id and duration in µs;
# the app's own one-line JSON request log goes to standard error.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(D)sus id=%({x-request-id}o)s "%(f)s" "%(a)s"'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")

# Trust X-Forwarded-* only from the proxy in front (its address, or * behind a private net).
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")

wsgi_app = "minutes.wsgi:application"

# gunicorn's control socket (for `gunicornc`) is off unless a path is given, so that
# several instances on one machine do not share the default path.
control_socket_disable = not os.environ.get("GUNICORN_CONTROL_SOCKET")
if os.environ.get("GUNICORN_CONTROL_SOCKET"):
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]
