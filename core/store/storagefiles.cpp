#include "core/store/storagefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Stridewise::StorageFiles {

namespace {

/** How many symlinks in a row are followed before giving up (a loop). */
constexpr int kMaxLinks = 40;

} // namespace

QString canonicalPath(const QString &path)
{
    if (path.isEmpty())
        return path;
    QString current = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < kMaxLinks; ++i) {
        const QFileInfo info(current);
        if (info.exists())
            return info.canonicalFilePath();
        if (info.isSymLink()) {
            // A link to a file not made yet: follow it, so the new file is created where the link points.
            current = info.symLinkTarget();
            continue;
        }
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        return folder.isEmpty() ? QDir::cleanPath(current) : QDir(folder).filePath(info.fileName());
    }
    return QDir::cleanPath(current);
}

bool isSpecialFile(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return !S_ISREG(st.st_mode);
}

bool makePrivateFolder(const QString &folder)
{
    if (QFileInfo(folder).isDir())
        return true;
    const QString parent = QFileInfo(QDir::cleanPath(folder)).absolutePath();
    if (parent != folder && !makePrivateFolder(parent))
        return false;
    return ::mkdir(QFile::encodeName(folder).constData(), 0700) == 0 || QFileInfo(folder).isDir();
}

bool createPrivateFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

bool tighten(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st;
    if (::lstat(name.constData(), &st) != 0 || S_ISLNK(st.st_mode))
        return false;
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) == 0)
        return false;
    return ::chmod(name.constData(), st.st_mode & S_IRWXU) == 0;
}

bool sync(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace Stridewise::StorageFiles
