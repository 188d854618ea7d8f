"""The clerks' pages for running a meeting's record, one module per page or concern.

`home` lists the meetings by stage; `meetings` adds, shows and edits one; `attendance` and
`agenda` are its register and agenda; `item_minutes` is the minute-taking page and
`item_history` an item's revisions; `workflow` moves a meeting between stages and confirms
its minutes. `common` holds what they share: fetching the meeting or item, breadcrumbs,
and the edit pages' correction and version checks.
"""
