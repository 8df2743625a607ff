from jccttool.cli import main

main()
