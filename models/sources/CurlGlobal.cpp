#include "sources/CurlGlobal.h"

#include <curl/curl.h>

namespace cascade {

CurlGlobal::CurlGlobal()
    : m_ok(curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK)
{}

CurlGlobal::~CurlGlobal()
{
    if (m_ok)
        curl_global_cleanup();
}

} // namespace cascade
