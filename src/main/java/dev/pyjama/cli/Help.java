package dev.pyjama.cli;

/** The text of {@code pyjama -h}. */
final class Help {
    private Help() {}

    static final String TEXT = String.join("\n",
        "Options (python3's; those without effect yet are accepted and ignored):",
        "-c cmd : run the program passed as a string (ends the option list)",
        "-m mod : run a library module as a script (ends the option list)",
        "-h     : print this help message and exit (also -? or --help)",
        "-V     : print the Python version number and exit (also --version)",
        "-X opt : set an implementation-specific option; pyjama's own:",
        "         -X dump-ast FILE  print ast.dump(ast.parse(FILE), include_attributes=True)",
        "         -X dump-ast=MODE  the same with ast.parse(..., mode=MODE): exec, eval, single, func_type",
        "         -X type-comments  with -X dump-ast: ast.parse(..., type_comments=True)",
        "         -X dis FILE       what python3.13 -m dis FILE prints (FILE: .py, or a .pyc)",
        "         -X dump-code FILE every field of FILE's code objects (tools/parity/cpython_dump_code.py)",
        "-b -B -d -E -i -I -O -OO -P -q -s -S -u -v -W arg -x : as in CPython",
        "",
        "Arguments:",
        "file   : program read from script file",
        "-      : program read from stdin",
        "arg ...: arguments passed to program in sys.argv[1:]",
        "");
}
