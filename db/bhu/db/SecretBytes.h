#pragma once
// Key material in a container that wipes itself (OPENSSL_cleanse) when destroyed or cleared.
#include <QByteArray>
#include <functional>

namespace bhu::db {

class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes) : m_b(std::move(bytes)) {}
    static SecretBytes random(int size);
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    SecretBytes(SecretBytes&& o) noexcept : m_b(std::move(o.m_b)) { o.m_b = QByteArray(); }
    SecretBytes& operator=(SecretBytes&& o) noexcept;
    ~SecretBytes() { wipe(); }

    void wipe();
    bool isEmpty() const { return m_b.isEmpty(); }
    int size() const { return static_cast<int>(m_b.size()); }
    const QByteArray& bytes() const { return m_b; }
    SecretBytes copy() const;

    // Test hook: called with the buffer right after it was zeroed and before it is released,
    // so a test can check that every byte is zero. Null in production.
    using WipeObserver = std::function<void(const char* data, qsizetype size)>;
    static void setWipeObserver(WipeObserver observer);

private:
    QByteArray m_b;
};

} // namespace bhu::db
