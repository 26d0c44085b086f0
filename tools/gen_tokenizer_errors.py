"""Expected results of compile() for the tokenizer's error cases (TokenizerErrorsTest).

    python3.13 tools/gen_tokenizer_errors.py > src/test/resources/dev/pyjama/parser/tokenizer_errors.tsv
    python3.13 tools/gen_tokenizer_errors.py --warnings > src/test/resources/dev/pyjama/parser/tokenizer_warnings.tsv
    python3.13 tools/gen_tokenizer_errors.py --type-comments > src/test/resources/dev/pyjama/parser/type_comments.tsv

Each case is compiled with compile(src, FILENAME, 'exec', ast.PyCF_ONLY_AST) by CPython 3.13.0
(bytes cases as bytes, str cases as str) and the exception is recorded, tab-separated:
    name, kind (bytes|str), source (hex of its bytes; UTF-8 for str), exception type,
    msg, lineno, offset, text, end_lineno, end_offset
("OK" and empty fields when it compiles). Fields are escaped: \\\\ \\t \\n \\r, \\uXXXX for
other control characters; \\N is None. Chosen so that the error comes from the tokenizer
before the parser objects (or the source is valid: those check that we raise nothing).
"""
import ast
import sys
import warnings

assert sys.version_info[:2] == (3, 13), sys.version
FILENAME = '<tok-test>'

B = []   # (name, source)


def case(name, src):
    B.append((name, src))


# --- strings
case('str_unterminated', b"x = 'abc\n")
case('str_unterminated_dq', b'x = "abc\ny = 1\n')
case('str_unterminated_eof', b"x = 'abc")
case('str_escaped_quote', b"x = 'abc\\'\n")
case('str_triple_unterminated', b"x = '''abc\n\ndef\n")
case('str_triple_unterminated_dq', b'x = 1\ny = """\nabc\n\ndef\n')
case('str_bytes_unterminated', b"x = b'abc\n")
case('str_raw_bytes_unterminated', b'x = rb"abc\n')
case('str_u_unterminated', b"x = u'abc\n")
case('str_nonascii_col', 'é = 1\ny = "é\n'.encode())
case('str_nonascii_before', '€€ = "abc\n'.encode())
case('str_backslash_newline_eof', b"x = 'abc\\\n")
case('str_crlf', b"x = 1\r\ny = 'abc\r\nz = 2\r\n")
case('str_cr_only', b"x = 1\ry = 'abc\rz = 2\r")
case('str_in_parens', b"x = (1,\n  'abc)\n")
case('str_triple_in_call', b'f(1, """abc\n')
case('str_unterminated_line3', b"a = 1\nb = 2\nc = 'x\n")
# --- numbers
case('num_trailing_underscore', b'x = 1_\n')
case('num_double_underscore', b'x = 1__0\n')
case('num_hex_empty', b'x = 0x\n')
case('num_hex_underscore_only', b'x = 0x_\n')
case('num_hex_bad_digit', b'x = 0xfg\n')
case('num_exp_empty', b'x = 1e\n')
case('num_exp_sign_empty', b'x = 1e+\n')
case('num_exp_minus_letter', b'x = 1.5e-z\n')
case('num_leading_zero', b'x = 09\n')
case('num_leading_zeros_long', b'x = 000777\n')
case('num_leading_zero_nonascii', 'é = 012\n'.encode())
case('num_bin_bad_digit', b'x = 0b2\n')
case('num_bin_empty', b'x = 0b\n')
case('num_bin_letter', b'x = 0b101z\n')
case('num_bin_digit_after', b'x = 0b1013\n')
case('num_oct_bad_digit', b'x = 0o8\n')
case('num_oct_empty', b'x = 0o\n')
case('num_oct_letter', b'x = 0o17a\n')
case('num_oct_digit_after', b'x = 0o179\n')
case('num_letter_after', b'x = 1abc\n')
case('num_imag_digit_after', b'x = 1jx\n')
case('num_float_letter', b'x = 1.5x\n')
case('num_fraction_underscore', b'x = 1._5\n')
case('num_dot_underscore', b'x = .5_\n')
case('num_zero_underscore_letter', b'x = 0_a\n')
case('num_zero_then_letter', b'x = 0z\n')
case('num_exp_underscore', b'x = 1e1_\n')
case('num_keyword_after_ok', b'x = [0x1for x in y]\n')
case('num_else_ok', b'x = 1if y else 2\n')
case('num_valid_forms', b'x = (0, 00, 0_0, 1_000, 0x_f, 0o_7, 0b_1, 1e5, 1E-5, 1.5j, .5, 5., 0e0, 00.5, 0j)\n')
# --- characters
case('char_euro', 'x = 1 € 2\n'.encode())
case('char_euro_in_name', 'a€ = 1\n'.encode())
case('char_inverted_question', '¿x = 1\n'.encode())
case('char_control', b'x = \x01\n')
case('char_del', b'x = 1\x7f\n')
case('char_vertical_tab', b'x = 1\x0by\n')
case('char_zero_width_space', 'x\u200b = 1\n'.encode())
case('char_nbsp', 'x = 1\u00a0+ 2\n'.encode())
case('char_fraction_slash', 'x = 1 \u2044 2\n'.encode())
case('char_line2', 'ℌ = 1\nx = 2 ⁂ 3\n'.encode())
case('char_nonascii_ident_ok', 'ℌ = ﬁ = ﬀ = 1\nµ = 2\n'.encode())
case('char_emoji', 'x = 😀\n'.encode())
case('char_combining_start', 'x = \u0301a\n'.encode())
# --- brackets
case('paren_unmatched_rpar', b')\n')
case('paren_unmatched_rsqb', b'x = ]\n')
case('paren_unmatched_rbrace', b'x = 1\n}\n')
case('paren_mismatch', b'x = (]\n')
case('paren_mismatch_brace', b'x = {1: 2)\n')
case('paren_mismatch_lines', b'x = (\n  1]\n')
case('paren_never_closed', b'x = (1,\n 2\n')
case('paren_never_closed_nested', b'x = [1, {2: (3\n')
case('paren_never_closed_col', 'é = f(1,\n'.encode())
case('paren_too_many', b'x = ' + b'(' * 201 + b'\n')
case('paren_200_ok', b'x = ' + b'(' * 199 + b'1' + b')' * 199 + b'\n')
# --- indentation
case('indent_too_deep', b''.join(b' ' * i + b'if 1:\n' for i in range(101)) + b' ' * 101 + b'pass\n')
case('indent_tab_then_spaces', b'if 1:\n\tx = 1\n        y = 2\n')
case('indent_spaces_then_tab', b'if 1:\n        x = 1\n\ty = 2\n')
case('indent_tab_space_mix', b'if 1:\n \tx = 1\n\t y = 2\n')
case('indent_unindent_mismatch', b'if 1:\n    x = 1\n  y = 2\n')
case('indent_unindent_mismatch_nested', b'if 1:\n  if 2:\n      x\n    y\n')
case('indent_formfeed_ok', b'if 1:\n\x0c    x = 1\n    y = 2\n')
case('indent_backslash', b'if 1:\n    x = 1\n  \\\n  y = 2\n')
case('indent_after_dedent_tab', b'if 1:\n\tif 2:\n\t\tx\n        y\n')
# --- line continuation
case('cont_char_after', b'x = 1 \\ 2\n')
case('cont_char_after_nonascii', 'é = 1 \\ 2\n'.encode())
case('cont_in_parens', b'x = (1 \\ 2)\n')
case('cont_eof', b'x = 1 + \\')
case('cont_eof_newline', b'x = 1 + \\\n')
case('cont_at_line_start', b'\\ x = 1\n')
case('cont_in_block_eof', b'if 1:\n    x = 1 \\\n')
case('cont_ok', b'x = 1 + \\\n    2\n')
# --- f-strings
case('fstr_expecting_brace', b'x = f"{x"\n')
case('fstr_expecting_brace_conv', b'x = f"{x!r"\n')
case('fstr_single_close', b'x = f"}"\n')
case('fstr_single_close_after_field', b'x = f"{x}}"\n')
case('fstr_unmatched_paren', b'x = f"{x)}"\n')
case('fstr_unmatched_paren2', b'x = f"{)}"\n')
case('fstr_unterminated', b'x = f"abc\n')
case('fstr_unterminated_triple', b'x = f"""abc\n\n')
case('fstr_unterminated_in_spec', b'x = f"{x:abc\n')
case('fstr_nested_too_deeply', b"x = f'{1:{2:{3:{4}}}}'\n")
case('fstr_too_many_nested', b'x = ' + b'f"{' * 150 + b'1' + b'}"' * 150 + b'\n')
case('fstr_nested_149_ok', b'x = ' + b'f"{' * 60 + b'1' + b'}"' * 60 + b'\n')
case('fstr_inner_quote_unterminated', b'x = f"{\'a}"\n')
case('fstr_comment_in_field', b'x = f"{x # c}"\n')
case('fstr_newline_in_spec_ok', b'x = f"{x:\n}"\n')
case('fstr_newline_in_field', b'x = f"{x\n}"\n')
case('fstr_backslash_brace_ok', b'x = f"\\{6}"\n')
case('fstr_debug_ok', b'x = f"{x = !r:>{10}} {y=} {z =:}"\n')
case('fstr_escape_named_ok', b'x = f"\\N{BULLET} {x}"\n')
case('fstr_doubled_braces_ok', b'x = f"{{a}} {{{x}}}"\n')
case('fstr_nonascii_unterminated', 'é = f"€\n'.encode())
case('fstr_triple_multiline_field_ok', b'x = f"""{\nx\n+ 1}"""\n')
case('fstr_single_brace_in_spec', b'x = f"{x:}}"\n')
case('fstr_other_quote_unterminated', b"x = f'{\"abc}'\n")
# --- encodings and bytes
case('enc_null_byte', b'x = 1\x00\n')
case('enc_unknown', b'# coding: foo\nx = 1\n')
case('enc_unknown_line2', b'#!/usr/bin/env python\n# vim: set fileencoding=nonexist :\nx = 1\n')
case('enc_cookie_line3_ignored', b'#!/usr/bin/env python\n#\n# coding: foo\nx = 1\n')
case('enc_cookie_after_code_ignored', b'x = 1\n# coding: foo\n')
case('enc_bom_latin1', b'\xef\xbb\xbf# coding: latin-1\nx = 1\n')
case('enc_bom_utf8_alias', b'\xef\xbb\xbf# coding: utf8\nx = 1\n')
case('enc_bom_utf8_ok', b'\xef\xbb\xbf# coding: utf-8\nx = 1\n')
case('enc_bom_utf8_sig_ok', b'\xef\xbb\xbf# coding: utf-8-sig\nx = 1\n')
case('enc_ascii_bad', '# coding: ascii\nx = "é"\n'.encode())
case('enc_utf8_alias_bad', b'# coding: utf8\nx = "\xff"\n')
case('enc_latin1_ok', b'# -*- coding: latin-1 -*-\nx = "\xe9"\n\xe9 = 1\n')
case('enc_latin1_line2_ok', b'\n# coding=iso-8859-15\nx = "\xa4"\n')
case('enc_cp1252_undefined', b'# coding: cp1252\nx = "\x81"\n')
case('enc_not_text', b'# coding: hex\nx = 1\n')
case('enc_koi8r_ok', b'# coding: koi8-r\nx = "\xc1"\n')
case('enc_bad_utf8_name', b'\xff = 1\n')
case('enc_bad_utf8_name_mid', b'x = 1\nab\xffc = 2\n')
case('enc_truncated_utf8_name', b'x = \xc3\n')
case('enc_bad_continuation_name', b'x\xe9 = 1\n')
case('enc_bad_utf8_comment_ok', b'x = 1  # \xff\xfe\n')
case('enc_bom_only_ok', b'\xef\xbb\xbf')
case('enc_empty_ok', b'')
case('str_null_char', 'x = "\0"\n')
case('str_lone_surrogate', 'x = "\ud800"\n')
case('str_unterminated', "x = 'abc\n")
case('str_euro', 'x = € + 1\n')
case('str_crlf_unterminated', 'x = 1\r\ny = (\r\n')
case('str_cookie_ignored_ok', '# coding: foo\nx = 1\n')
case('str_bom_char', '\ufeffx = 1\n')


# SyntaxWarnings the tokenizer emits. For each: the warnings compile() emits (category,
# lineno, message) and, with warnings turned into errors, the SyntaxError it raises.
W = [
    ('warn_decimal_if', b'x = 1if y else 2\n'),
    ('warn_hex_for', b'x = [0x1for x in y]\n'),
    ('warn_decimal_else', b'x = 1 if 1else 2\n'),
    ('warn_octal_and', b'x = 0o7and 1\n'),
    ('warn_imaginary_or', b'x = 1jor 2\n'),
    ('warn_float_in', b'x = 1.5in y\n'),
    ('warn_underscore_is', b'x = 1_0is 1\n'),
    ('warn_zero_not', b'x = 0not in y\n'),
    ('warn_exponent_and', b'x = 1e5and 2\n'),
    ('warn_binary_or', b'x = 0b1or 1\n'),
    ('warn_line2', b'x = 1\ny = 2if 1 else 3\n'),
    ('warn_fstring_open_brace', b'x = f"\\{6}"\n'),
    ('warn_fstring_close_brace', b'x = f"a\\}}"\n'),
    ('warn_fstring_raw_none', b'x = rf"\\{6}"\n'),
    ('warn_two', b'x = (1if 1 else 2, [0x1for a in b])\n'),
]


def warnings_main():
    out = sys.stdout
    for name, src in W:
        with warnings.catch_warnings(record=True) as ws:
            warnings.simplefilter('always')
            compile(src, FILENAME, 'exec', ast.PyCF_ONLY_AST)
        row = [name, src.hex(), str(len(ws))]
        for w in ws:
            row += [w.category.__name__, str(w.lineno), esc(str(w.message))]
        with warnings.catch_warnings():
            warnings.simplefilter('error')
            try:
                compile(src, FILENAME, 'exec', ast.PyCF_ONLY_AST)
                err = ['OK', '', '', '', '', '', '']
            except SyntaxError as e:
                err = [type(e).__name__, e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset]
        out.write('\t'.join(row + [esc(v) for v in err]) + '\n')


# Type comments, as ast.parse(type_comments=True) reports them: the type_comment attributes
# in source order, then the type: ignore comments (line and tag).
T = [
    ('tc_assign', b'x = []  # type: List[int]\n'),
    ('tc_def', b'def f(a, b):\n    # type: (int, str) -> None\n    pass\n'),
    ('tc_def_same_line', b'def f(a): # type: (int) -> None\n    pass\n'),
    ('tc_for_with', b'for x in y:  # type: int\n    pass\nwith a as b:  #type:str\n    pass\n'),
    ('tc_tabs', b'x = 1  #\ttype:\t  int\n'),
    ('tc_ignore', b'import foo  # type: ignore\n'),
    ('tc_ignore_tag', b'import foo  # type: ignore[attr-defined]\nx = 1 # type: ignore # noqa\n'),
    ('tc_ignore_alone', b'x = 1\n# type: ignore\ny = 2\n'),
    ('tc_not_ignore', b'x = 1  # type: ignored\n'),
    ('tc_not_type', b'x = 1  # typo: int\ny = 2  # type int\n'),
    ('tc_nonascii', 'x = 1  # type: Dict[str, \u00e9]\n'.encode()),
]


def dfs(node, out):
    tc = getattr(node, 'type_comment', None)
    if tc is not None:
        out.append(tc)
    for child in ast.iter_child_nodes(node):
        dfs(child, out)


def type_comments_main():
    out = sys.stdout
    for name, src in T:
        tree = ast.parse(src, type_comments=True)
        comments = []
        dfs(tree, comments)
        row = [name, src.hex(), str(len(comments))] + [esc(c) for c in comments]
        row.append(str(len(tree.type_ignores)))
        for ti in tree.type_ignores:
            row += [str(ti.lineno), esc(ti.tag)]
        out.write('\t'.join(row) + '\n')


def esc(v):
    if v is None:
        return '\\N'
    s = str(v)
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif o < 0x20 or o == 0x7f or 0xd800 <= o < 0xe000:
            out.append('\\u%04x' % o)
        else:
            out.append(ch)
    return ''.join(out)


def main():
    out = sys.stdout
    warnings.simplefilter('ignore')
    seen = set()
    for name, src in B:
        kind = 'bytes' if isinstance(src, bytes) else 'str'
        key = name + ':' + kind
        assert key not in seen, key
        seen.add(key)
        raw = src if kind == 'bytes' else src.encode('utf-8', 'surrogatepass')
        try:
            compile(src, FILENAME, 'exec', ast.PyCF_ONLY_AST)
            row = ['OK', '', '', '', '', '', '']
        except SyntaxError as e:
            row = [type(e).__name__, e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset]
        except Exception as e:
            row = [type(e).__name__, str(e), None, None, None, None, None]
        out.write('\t'.join([name, kind, raw.hex()] + [esc(v) for v in row]) + '\n')


if __name__ == '__main__':
    if sys.argv[1:] == ['--warnings']:
        warnings_main()
    elif sys.argv[1:] == ['--type-comments']:
        type_comments_main()
    else:
        main()
