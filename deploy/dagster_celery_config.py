"""Celery settings of the dagster-celery workers: dagster_celery.app imports this module by name.

`celery -A dagster_celery.app worker` builds its app from dagster_celery.defaults (RabbitMQ on localhost,
rpc:// results, prefetch 4) and lays a module named `dagster_celery_config`, if importable, over it:
deploy/cluster.py puts deploy/ on the workers' PYTHONPATH. Only the workers read it. The run process
builds its own Celery app from the celery_executor's config (`broker`, `backend`, `config_source`),
which must name the same broker and backend, e.g. {"env": "CELERY_BROKER_URL"}.
"""

import os

from dagster_celery.defaults import broker_transport_options as _dagster_transport_options

broker_url = os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:56379/0")
result_backend = os.environ.get("CELERY_RESULT_BACKEND", broker_url)

# A step's message is acknowledged when the step has finished, not when it starts, and a worker
# reserves one message at a time: the message of a worker that dies (SIGKILL, lost host) goes back
# to the queue instead of being lost with it. With Redis, an unacknowledged message is handed out
# again after visibility_timeout seconds, so that must exceed the longest step, or a step still
# running would be started a second time elsewhere. Each worker looks for such messages every
# unacked_restore_interval x unacked_restore_throttle seconds: kombu's 10 x 10 made a killed worker's
# step wait up to 100 s more; 10 x 1 costs one ZRANGE per worker every 10 s.
task_acks_late = True
task_reject_on_worker_lost = True  # a pool child killed mid-step (OOM) requeues its message at once
worker_prefetch_multiplier = 1  # dagster_celery.defaults says 4: a busy worker would sit on 4 steps
broker_transport_options = {
    **_dagster_transport_options,  # the connection retry settings dagster-celery ships
    "visibility_timeout": int(os.environ.get("CELERY_VISIBILITY_TIMEOUT", "3600")),
    "unacked_restore_interval": 10,
    "unacked_restore_throttle": 1,
}
broker_connection_retry_on_startup = True  # keep Celery 5's behaviour, without its deprecation warning
worker_send_task_events = False
