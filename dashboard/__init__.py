"""The analysts' dashboard: reads only the marts of the published warehouse copy."""
