"""Reference data read from ``resources/``: countries, CPB scenarios, model assumptions,
the measures catalogue, the method text, and which scenario an assessment uses."""
