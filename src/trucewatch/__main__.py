from trucewatch.cli import run

run()
