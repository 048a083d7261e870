-- Up Migration
-- What belongs to one torrent: its file list, external metadata (TMDB/IMDb/IGDB/MusicBrainz...) and
-- its moderation history. All of it is owned by the torrent (ON DELETE CASCADE on a hard delete).

CREATE TABLE torrent_files (
  torrent_id       uuid        NOT NULL REFERENCES torrents (id) ON DELETE CASCADE,
  file_index       integer     NOT NULL CHECK (file_index >= 0),
  path             text        NOT NULL CHECK (char_length(path) BETWEEN 1 AND 4096),
  size             bigint      NOT NULL CHECK (size >= 0),
  is_padding       boolean     NOT NULL DEFAULT false,
  media_type       text        CHECK (media_type IN ('video', 'audio', 'image', 'subtitle', 'text', 'archive', 'executable', 'other')),
  mime_type        text,
  duration_seconds numeric(10,3) CHECK (duration_seconds >= 0),
  width            integer     CHECK (width > 0),
  height           integer     CHECK (height > 0),
  video_codec      text,
  audio_codec      text,
  bitrate_kbps     integer     CHECK (bitrate_kbps >= 0),
  PRIMARY KEY (torrent_id, file_index)
);

CREATE INDEX idx_torrent_files_path_trgm ON torrent_files USING gin (path gin_trgm_ops);

COMMENT ON TABLE torrent_files IS 'Files inside a torrent in info-dictionary order (file_index)';
COMMENT ON COLUMN torrent_files.is_padding IS 'BEP 47 padding file';

CREATE TABLE torrent_metadata (
  torrent_id        uuid         PRIMARY KEY REFERENCES torrents (id) ON DELETE CASCADE,
  provider          text         CHECK (provider IN ('tmdb', 'imdb', 'tvdb', 'igdb', 'musicbrainz', 'mal', 'anidb', 'openlibrary', 'manual')),
  tmdb_id           integer      CHECK (tmdb_id > 0),
  tmdb_type         text         CHECK (tmdb_type IN ('movie', 'tv')),
  imdb_id           text         CHECK (imdb_id ~ '^tt[0-9]{7,10}$'),
  tvdb_id           integer      CHECK (tvdb_id > 0),
  igdb_id           integer      CHECK (igdb_id > 0),
  musicbrainz_id    uuid,
  mal_id            integer      CHECK (mal_id > 0),
  anidb_id          integer      CHECK (anidb_id > 0),
  title             text,
  original_title    text,
  year              smallint     CHECK (year BETWEEN 1850 AND 2200),
  tagline           text,
  plot              text,
  runtime_minutes   integer      CHECK (runtime_minutes > 0),
  genres            text[]       NOT NULL DEFAULT '{}',
  directors         text[]       NOT NULL DEFAULT '{}',
  actors            text[]       NOT NULL DEFAULT '{}',
  poster_url        text,
  backdrop_url      text,
  rating            numeric(4,2) CHECK (rating BETWEEN 0 AND 10),
  rating_count      integer      CHECK (rating_count >= 0),
  metadata_json     jsonb        NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(metadata_json) = 'object'),
  fetched_at        timestamptz,
  created_at        timestamptz  NOT NULL DEFAULT now(),
  updated_at        timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX idx_torrent_metadata_imdb_id ON torrent_metadata (imdb_id) WHERE imdb_id IS NOT NULL;
CREATE INDEX idx_torrent_metadata_tmdb ON torrent_metadata (tmdb_type, tmdb_id) WHERE tmdb_id IS NOT NULL;
CREATE INDEX idx_torrent_metadata_tvdb_id ON torrent_metadata (tvdb_id) WHERE tvdb_id IS NOT NULL;
CREATE INDEX idx_torrent_metadata_igdb_id ON torrent_metadata (igdb_id) WHERE igdb_id IS NOT NULL;
CREATE INDEX idx_torrent_metadata_musicbrainz_id ON torrent_metadata (musicbrainz_id) WHERE musicbrainz_id IS NOT NULL;
CREATE INDEX idx_torrent_metadata_genres ON torrent_metadata USING gin (genres);
CREATE INDEX idx_torrent_metadata_people ON torrent_metadata USING gin (directors, actors);

CREATE TRIGGER trg_torrent_metadata_updated_at BEFORE UPDATE ON torrent_metadata
  FOR EACH ROW EXECUTE FUNCTION set_updated_at();

COMMENT ON TABLE torrent_metadata IS 'External database links and the fetched metadata (raw API response in metadata_json)';

CREATE TABLE torrent_moderation (
  id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
  torrent_id       uuid        NOT NULL REFERENCES torrents (id) ON DELETE CASCADE,
  moderator_id     uuid        REFERENCES users (id) ON DELETE SET NULL,
  action           text        NOT NULL CHECK (action IN ('submitted', 'approved', 'rejected', 'postponed', 'edited', 'deleted', 'restored')),
  previous_status  text        CHECK (previous_status IN ('pending', 'approved', 'rejected', 'postponed')),
  new_status       text        CHECK (new_status IN ('pending', 'approved', 'rejected', 'postponed')),
  reason           text,
  notes            text,
  changes          jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(changes) = 'object'),
  created_at       timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_torrent_moderation_torrent_id ON torrent_moderation (torrent_id, created_at DESC);
CREATE INDEX idx_torrent_moderation_moderator_id ON torrent_moderation (moderator_id, created_at DESC) WHERE moderator_id IS NOT NULL;
CREATE INDEX idx_torrent_moderation_action ON torrent_moderation (action, created_at DESC);

COMMENT ON TABLE torrent_moderation IS 'Append-only history of moderation actions on torrents';
COMMENT ON COLUMN torrent_moderation.changes IS 'Edited fields as {"field": {"from": ..., "to": ...}}';

-- Down Migration
DROP TABLE torrent_moderation;
DROP TABLE torrent_metadata;
DROP TABLE torrent_files;
