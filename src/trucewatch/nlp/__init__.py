"""The NLP road: spaCy's parse, then our components, each adding one layer to the Doc.

Order (see `pipeline.COMPONENTS`): actors -> places -> dates -> triggers -> events. Each component is a callable
`Doc -> Doc` that writes one span group or extension and reads only what earlier ones wrote.
"""
