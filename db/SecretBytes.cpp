#include "bhu/db/SecretBytes.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

namespace bhu::db {

namespace {
SecretBytes::WipeObserver& observer()
{
    static SecretBytes::WipeObserver o;
    return o;
}
} // namespace

void SecretBytes::setWipeObserver(WipeObserver o) { observer() = std::move(o); }

SecretBytes SecretBytes::random(int size)
{
    QByteArray b(size, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(b.data()), size) != 1) qFatal("RAND_bytes failed");
    return SecretBytes(std::move(b));
}

SecretBytes& SecretBytes::operator=(SecretBytes&& o) noexcept
{
    if (this != &o) {
        wipe();
        m_b = std::move(o.m_b);
        o.m_b = QByteArray();
    }
    return *this;
}

void SecretBytes::wipe()
{
    if (!m_b.isEmpty() && !m_b.isDetached()) {
        // Shared data is still referenced elsewhere; wiping would corrupt the other owner.
        m_b = QByteArray();
        return;
    }
    if (!m_b.isEmpty()) {
        OPENSSL_cleanse(m_b.data(), static_cast<size_t>(m_b.size()));
        if (observer()) observer()(m_b.constData(), m_b.size());
    }
    m_b = QByteArray();
}

SecretBytes SecretBytes::copy() const
{
    return SecretBytes(QByteArray(m_b.constData(), m_b.size()));
}

} // namespace bhu::db
