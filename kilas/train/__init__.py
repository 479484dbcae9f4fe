"""Commands that build the project's learned resources from open data (../shared/data).

Each writes a file under kilas/data/ or kilas/models/ and says in its header which data
and licence it came from, so that the result can be rebuilt and audited.
"""
