#pragma once

#include <QString>

#include "engine/snapshot.h"
#include "error.h"

namespace haul {

/// One plain, translated sentence saying what went wrong, naming the subject (host, bucket,
/// path) where the error has one. Never empty, never the code's identifier.
QString errorSentence(const Error &error);

/// One plain, translated sentence saying what the user can do next. Never empty.
QString errorNextStep(const Error &error);

/// The technical line for "Details…" and stderr (Error::technical()): not translated.
QString errorDetails(const Error &error);

/// A transfer's error with the subject its sentence should name: the bucket for bucket errors
/// (the core may report the key there), the local file or folder when none is given.
Error transferError(const TransferSnapshot &snapshot);

/// A download stopped because its file exists and differs ("when a file exists: ask"): it
/// waits for the user's answer (ExistingFilesBar), it has not failed.
bool awaitsAnswer(const TransferSnapshot &snapshot);

/// Sentence, next step and details as a multi-line tooltip.
QString errorToolTip(const Error &error);

/// Why S3 refuses a bucket name, in plain words (empty when the name is acceptable).
/// The rules are checkBucketName()'s (core/s3/bucketname.h); this only words them.
QString bucketNameProblem(const QString &name);

} // namespace haul
