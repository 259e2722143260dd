#pragma once

namespace cascade {

// libcurl's process-wide set-up. Create one in main() before any thread starts and keep it
// alive until the threads are gone (curl_global_init is not thread-safe).
class CurlGlobal
{
public:
    CurlGlobal();
    ~CurlGlobal();
    CurlGlobal(const CurlGlobal &) = delete;
    CurlGlobal &operator=(const CurlGlobal &) = delete;

    bool ok() const { return m_ok; }

private:
    bool m_ok = false;
};

} // namespace cascade
