// SPDX-FileCopyrightText: 2026 Veille developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Bytes of an article file -> TextDecoder -> ArticleParser, as an import
// reads them; the last byte chooses the file name, since .md, .txt and the
// wire format take different paths through the parser.

#include "articles/articleparser.h"
#include "text/textdecoder.h"

#include <cstddef>
#include <cstdint>

using namespace Veille;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    static const QString paths[] = { QStringLiteral("/fuzz/article.txt"), QStringLiteral("/fuzz/article.md"),
                                     QStringLiteral("/fuzz/article") };
    const QString &path = paths[size ? data[size - 1] % 3 : 0];

    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    const ArticleParser::Result result = ArticleParser::parse(bytes, path);
    if (result.ok() && (result.article.path != path || decoded.binary))
        __builtin_trap(); // a binary file was taken as an article, or the path was lost

    // A table cell goes through parseFields: split the input into title and body.
    const int cut = bytes.indexOf('\t');
    if (cut >= 0)
        ArticleParser::parseFields(decoded.text.left(cut), decoded.text.mid(cut + 1), path);
    return 0;
}
