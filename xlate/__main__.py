from xlate.cli import run

run()
