"""/actions/...: the public action log (public_urls) and officers' tracker (tracker_urls).

The tracker's fixed words (mine, export.csv) come first so a reference never shadows them.
"""

from actions.public_urls import urlpatterns as public_patterns
from actions.tracker_urls import urlpatterns as tracker_patterns

urlpatterns = [*tracker_patterns, *public_patterns]
