"""The eventwire stages, one module each, named for what they produce.

Each module holds a pure function ``extract_<what>(doc, ...) -> list[record]`` that tests can call on a
hand-built Doc, and a registered spaCy component ``eventwire_<stage>`` that stores the result on ``doc._``.
"""
