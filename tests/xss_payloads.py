"""Hostile text for the XSS tests: each payload carries its marker xss-N.

Were a payload's markup to survive escaping, it would make an element with id xss-N, call
alert(N) or set window.__xss; the template-syntax ones would turn their marker upper case.
"""

PAYLOADS = [
    "<b id=xss-1>bold</b>",
    "<script>alert(2)</script>xss-2",
    "<img id=xss-3 src=x onerror=alert(3)>",
    "<svg id=xss-4 onload=alert(4)>",
    '"><img id=xss-5 src=x onerror=alert(5)>',
    "'><img id=xss-6 src=x onerror=alert(6)>",
    "<a id=xss-7 href=javascript:alert(7)>click</a>",
    "javascript:alert(8)//xss-8",
    "<iframe id=xss-9 src=javascript:alert(9)>",
    "<body onload=alert(10)>xss-10",
    "<details id=xss-11 open ontoggle=alert(11)>",
    "<svg><script>alert(12)</script></svg>xss-12",
    "<math><mi id=xss-13>x</mi></math>",
    '<img id=xss-14 src=x onerror="window.__xss=14">',
    "</textarea><b id=xss-15>",
    "</title><b id=xss-16>",
    "</script><b id=xss-17>",
    "<!--<b id=xss-18>-->",
    "<b id=xss-19",
    "<<b id=xss-20>>",
    '{{ "xss-21"|upper }}',
    "{% filter upper %}xss-22{% endfilter %}",
    "{% debug %}xss-23",
    "{{ request.user.password }}xss-24",
    "<style>*{display:none}</style><b id=xss-25>",
    "<object id=xss-26 data=javascript:alert(26)>",
    "<input id=xss-27 autofocus onfocus=alert(27)>",
    "<form id=xss-28 action=javascript:alert(28)><button>go</button></form>",
    "<base id=xss-29 href=//evil.example/>",
    "<meta id=xss-30 http-equiv=refresh content=0;url=javascript:alert(30)>",
    "<svg><a id=xss-31 href=javascript:alert(31)><text>x</text></a></svg>",
    "&lt;b id=xss-32&gt;&#60;img id=xss-33 src=x onerror=alert(33)&#62;",
    "[x](javascript:alert(34)) xss-34",
    "## <b id=xss-35>heading</b>",
    "- <img id=xss-36 src=x onerror=alert(36)>",
]
MARKERS = {f"xss-{n}" for n in range(1, 37)}
