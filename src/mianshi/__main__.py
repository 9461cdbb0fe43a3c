from mianshi.cli import main

main()
