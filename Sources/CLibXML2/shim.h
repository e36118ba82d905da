// libxml2 is built with ICU on Debian, and its encoding.h then includes the system's ICU headers, whose
// UErrorCode clashes with the copy inside Foundation (_FoundationICU) in any module that sees both.
// raad never touches libxml2's ICU converter fields, so the ICU part of its headers is left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>
