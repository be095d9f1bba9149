-- CreateTable
CREATE TABLE "SignInCounter" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "blockedUntil" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInCounter_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "KnownSignInAddress" (
    "userId" TEXT NOT NULL,
    "addressHash" TEXT NOT NULL,
    "lastSignedInAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KnownSignInAddress_pkey" PRIMARY KEY ("userId","addressHash")
);

-- CreateIndex
CREATE INDEX "SignInCounter_expiresAt_idx" ON "SignInCounter"("expiresAt");

-- CreateIndex
CREATE INDEX "KnownSignInAddress_lastSignedInAt_idx" ON "KnownSignInAddress"("lastSignedInAt");

-- AddForeignKey
ALTER TABLE "KnownSignInAddress" ADD CONSTRAINT "KnownSignInAddress_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
